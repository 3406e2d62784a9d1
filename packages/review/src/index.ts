export { renderReviewPage, type ReviewLetter } from './page.js';
export { compareRecord, leaves, type Comparison, type Verdict } from './compare.js';
export { cutAtSpans, type Piece, type SpanRange } from './segments.js';
export { escapeHtml } from './escape.js';
