// Search ranking for this site (conf.py: html_search_scorer). Sphinx's own
// weights, plus one rule: a page that defines the constants outranks pages
// that merely mention them, so searching a meaning such as "remotely
// canceled" lists the reference pages first, not the examples that print it.
// SPDX-License-Identifier: MIT
var Scorer = {
  score: (result) => {
    const [docname, , anchor, , score] = result;
    return docname.startsWith("reference/") && anchor === "" ? score + 10 : score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
