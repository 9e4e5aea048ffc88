// The filter that marks bureau pages in the search index, shared by the pages that carry it and the search page
// that asks for it: a query naming a bureau shows that bureau's page first.
export const BUREAU_PAGE = { name: '页面', value: '单位' } as const;
