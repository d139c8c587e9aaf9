// Search over the static Pagefind index: no server. Results show headline, date and summary.
const form = document.querySelector("form.search");
const input = document.getElementById("search-query");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const pagefind = await import("/pagefind/pagefind.js");

function item(data) {
  const li = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  const date = document.createElement("p");
  date.className = "meta";
  const time = document.createElement("time");
  time.dateTime = data.meta.datetime;
  time.textContent = data.meta.date;
  date.append(time);
  const summary = document.createElement("p");
  summary.textContent = data.meta.summary;
  li.append(heading, date, summary);
  return li;
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  list.replaceChildren(...results.map(item));
  const count = search.results.length;
  status.textContent = count === 0 ? `No stories match “${query}”.` : `${count} ${count === 1 ? "story matches" : "stories match"} “${query}”.`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
  run(input.value);
});
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
