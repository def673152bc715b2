export { printPdf } from './print-pdf';
