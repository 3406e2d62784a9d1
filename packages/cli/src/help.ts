export const MAIN_HELP = `imrkit: source-grounded data from IMR determination letters

Usage:
  imrkit extract <files or directories...> [--out results.jsonl] [--resume] [--workers n] [--plugins a,b] [--trace]
  imrkit score [corpus dirs...] [options]
  imrkit review <letter or folder...> [--out review.html]
  imrkit <command> --help

Exit codes: 0 success; 1 some inputs failed (recorded with issues) or a score
gate failed; 2 usage error.`;

export const EXTRACT_HELP = `imrkit extract <files or directories...> [options]

Writes one JSON record per input as JSON Lines, in input order (directories are
walked in sorted order for .txt, .md, .html, .htm and .pdf files; expected.json
files are not inputs), whatever the number of workers. Records stream out as
they are made; a bounded number of letters is in flight at once. Every input
yields a record, unreadable ones included, with "issues" saying why.

Options:
  --out <file>         write the records to <file> instead of stdout (whole lines,
                       synced to disk every second)
  --resume             skip inputs already recorded in --out and append the rest
                       (a cut-off last line from a killed run is dropped)
  --workers <n>        worker threads (default: the available cores)
  --timeout <ms>       abandon a letter after this long, with an error record
                       (default 120000; a plugin over 30000 ms on one letter
                       has its value discarded)
  --emit-text <dir>    write each input's text, as decoded or pulled from a PDF,
                       to <dir>/<file name>.txt: the text its spans point into
  --plugins <a,b>      run only these plugins (and the plugins they need)
  --trace              add "trace": the plugin and rule behind every value
  --max-bytes <n>      record inputs larger than n bytes as oversized (default 20000000)
  -h, --help           show this help

Exit codes: 0 every input read; 1 some inputs were recorded with errors; 2 usage error.`;

export const SCORE_HELP = `imrkit score [corpus dirs...] [options]

Scores every registered plugin against a golden corpus: one folder per letter
holding its variant files (pdf-text.txt, markdown.md, plain.txt, html.html,
pdf.pdf) and expected.json. Default corpus: corpus/dev and corpus/test.

Options:
  --plugins <a,b>          score only these plugins (and what they need)
  --json                   print the full result as JSON
  --report <file.md>       write a Markdown report with every miss
  --misses                 print every miss after the tables
  --held-out <a,b>         count the misses of these splits (corpus folders,
                           e.g. test) in every figure but do not list them in
                           --report or --misses
  --explain <letter>       print one letter's field-by-field diff
  --baseline <file>        exit 1 when a figure drops more than 0.005 below <file>
  --write-baseline <file>  store the current figures in <file>
  --update <letter>        rewrite that letter's expected.json from the current
                           output, for review in the diff (never blindly)
  -h, --help               show this help

Exit codes: 0 scored; 1 the baseline gate failed; 2 usage error.`;
