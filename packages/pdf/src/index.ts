export { readPdf, type PdfIssue, type PdfText } from './read-pdf.js';
