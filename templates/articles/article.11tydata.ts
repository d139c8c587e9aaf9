import type { Entry } from "../../src/corpus/types.ts";

type Data = { entry: Entry };

// Functions rather than "{{ entry.url }}" strings: Eleventy would compile those once per article page.
export default {
  permalink: (data: Data) => data.entry.url,
  eleventyComputed: {
    title: (data: Data) => data.entry.headline,
    description: (data: Data) => data.entry.summary,
    publishedDate: (data: Data) => data.entry.date,
  },
};
