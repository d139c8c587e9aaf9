import type { Entry } from "../../src/corpus/types.ts";
import type { Issue } from "../../src/issue/types.ts";

type Data = { issue: Issue<Entry> };

// Functions rather than "{{ issue.url }}" strings: Eleventy would compile those once per issue page.
export default {
  permalink: (data: Data) => data.issue.url,
  eleventyComputed: {
    title: (data: Data) => data.issue.title,
    description: (data: Data) => data.issue.entries[0]?.summary ?? "",
  },
};
