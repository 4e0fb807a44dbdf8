// The English catalogue for the server (rendering, exports, e-mail text). A `.server` module is
// empty in the browser bundle, so browsers do not download both languages: entry.client loads
// English on demand (a page in English) and Lithuanian, the default, comes with the bundle.
export { en as serverEn } from "./en";
