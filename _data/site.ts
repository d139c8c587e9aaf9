import { defineSite } from "../src/site/settings.ts";

/** The newsletter's settings. Every field is optional; see README.md, "Settings". */
export default defineSite({
  title: "The Lede Weekly",
  description: "The week's stories from our newsroom, as a website, a feed and an email.",
  url: "https://lede.example.com",
  language: "en",
  author: { name: "The Lede newsroom", email: "newsroom@lede.example.com" },
  cadence: "week",
  articlesDir: "articles",
  feed: { items: 50 },
  email: {
    from: "The Lede Weekly <newsletter@lede.example.com>",
    unsubscribeUrl: "https://lede.example.com/unsubscribe/",
    unsubscribeMailto: "mailto:unsubscribe@lede.example.com",
    listId: "weekly.lede.example.com",
    reason: "You receive this email because you subscribed to The Lede Weekly.",
  },
});
