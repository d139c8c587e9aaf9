/**
 * A pure function of one string, remembered: the headline steps ask the same few thousand words the same
 * questions in every article (`isPastForm("said")`). The memory is forgotten whole when it fills, so a
 * build of any size holds at most `limit` answers.
 */
export function remembered<T>(test: (word: string) => T, limit = 20_000): (word: string) => T {
  let answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined && !answers.has(word)) {
      if (answers.size >= limit) answers = new Map();
      answer = test(word);
      answers.set(word, answer);
    }
    return answer as T;
  };
}
