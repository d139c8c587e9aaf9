import type { Tag } from "../../src/corpus/types.ts";

type Data = { tag: Tag };

// Functions rather than "{{ tag.url }}" strings: Eleventy would compile those once per topic page.
export default {
  permalink: (data: Data) => data.tag.url,
  eleventyComputed: {
    title: (data: Data) => data.tag.name,
    topicFeed: (data: Data) => `${data.tag.url}feed.xml`,
  },
};
