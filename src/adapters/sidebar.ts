/** Opens the sidebar: build/Sidebar.html, one self-contained file (see scripts/build.mjs). */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Bagalau');
  SpreadsheetApp.getUi().showSidebar(html);
}
