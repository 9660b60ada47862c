/** One file of the built site: a site-relative POSIX path and its content. */
export interface SiteFile {
  path: string;
  content: string;
}
