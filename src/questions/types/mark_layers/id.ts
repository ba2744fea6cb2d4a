// The id of a paragraph's mark_layers exercise, for pages that start it ("Mark this paragraph") without loading the type.
export const markLayersId = (paragraph: number): string => `mark_layers:paragraph-${paragraph}`
