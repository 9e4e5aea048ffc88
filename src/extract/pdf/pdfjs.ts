// The one place pdfjs-dist is loaded and configured. Its legacy build runs under Node; without a DOM it parses in
// a "fake worker" on this thread (the parse pool already gives each core its own thread), reads the CMaps that
// Chinese fonts need and the standard fonts from the package's own folders by file path, and never fetches.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PACKAGE = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdfjs joins these folder paths with file names, so they must end with a separator. */
const CMAPS = join(PACKAGE, 'cmaps') + sep;
const STANDARD_FONTS = join(PACKAGE, 'standard_fonts') + sep;

/** Exceptions pdfjs raises on damaged files (its worker passes them on by name). */
const PDFJS_EXCEPTIONS = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'MissingDataException', 'ParserEOFException', 'InvalidPDFException', 'PasswordException', 'UnknownErrorException', 'ResponseException', 'AbortException']);

export const isPdfjsException = (e: unknown) => typeof e === 'object' && e !== null && PDFJS_EXCEPTIONS.has(String((e as { name?: unknown }).name));

/**
 * On a damaged page tree pdfjs leaves some prefetches of page objects rejected and unawaited; its own promises
 * report the damage. Those stray rejections must not end the build. Any other unhandled rejection still ends the
 * process as Node does by default, unless someone else (a test runner) listens for them too.
 */
process.on('unhandledRejection', (reason) => {
  if (isPdfjsException(reason)) return;
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
});

/**
 * Opens the PDF, hands it to `use` and always destroys the loading task (and with it the document and its fake
 * worker), whether loading or `use` failed. The bytes are copied: pdfjs may take over the buffer it is given.
 */
export async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS,
    // Text extraction only: glyph outlines and system fonts are not needed, XFA forms are not the report.
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    // Damaged data fails the page instead of being read as whatever glyphs it decodes to.
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}
