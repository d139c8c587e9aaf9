import type { Entry } from "../../src/corpus/types.ts";
import type { Issue } from "../../src/issue/types.ts";

export default { permalink: (data: { issue: Issue<Entry> }) => `${data.issue.url}email.html` };
