/**
 * The single file: every page is a section named by its path, shown by the stylesheet's
 * `:target`; here the links to pages are kept current and the page title follows.
 */
export function setUpSingleFile(root: Document): void {
    if (root.documentElement.dataset.cjmSingle !== 'true') {
        return;
    }
    const siteTitle = root.title;
    const update = () => {
        const page = decodeURIComponent(location.hash.slice(1)) || 'index.html';
        const section = root.getElementById(page);
        root.title = section?.dataset.cjmTitle === undefined ? siteTitle : `${section.dataset.cjmTitle} \u00b7 ${siteTitle}`;
        for (const link of root.querySelectorAll<HTMLAnchorElement>('.cjm-top nav a')) {
            link.toggleAttribute('aria-current', link.getAttribute('href') === `#${page}`);
            if (link.hasAttribute('aria-current')) {
                link.setAttribute('aria-current', 'page');
            }
        }
    };
    window.addEventListener('hashchange', update);
    update();
}
