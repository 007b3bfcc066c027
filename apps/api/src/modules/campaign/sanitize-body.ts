import sanitizeHtml from "sanitize-html";

/**
 * The H5 page's rich text, as it may be stored and served: a small set of formatting tags,
 * links to http(s)/tel/mailto only (opened with rel="noopener noreferrer nofollow"), no
 * images, scripts, styles or event handlers.
 */
export function sanitizeCampaignBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "ul", "ol", "li", "blockquote", "a"],
    // rel and target are only ever the ones transformTags sets (it overwrites the author's); without
    // them here, sanitize-html drops the transform's own rel/target again.
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "tel", "mailto"],
    allowProtocolRelative: false,
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
    },
    disallowedTagsMode: "discard",
  }).trim();
}
