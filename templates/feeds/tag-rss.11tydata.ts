import type { Tag } from "../../src/corpus/types.ts";

export default { permalink: (data: { tag: Tag }) => `${data.tag.url}feed.xml` };
