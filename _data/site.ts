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
  // Where `lede api` answers (sign-up, confirmation, unsubscribe): the form on the site and the emails' links go there.
  api: { url: "https://lede.example.com/api" },
  email: {
    from: "The Lede Weekly <newsletter@lede.example.com>",
    unsubscribeMailto: "mailto:unsubscribe@lede.example.com",
    listId: "weekly.lede.example.com",
    reason: "You receive this email because you subscribed to The Lede Weekly.",
  },
});
