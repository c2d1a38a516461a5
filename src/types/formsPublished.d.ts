/**
 * Form.setPublished / isPublished exist in Apps Script (forms created through the API after
 * mid-2026 start unpublished) but are missing from @types/google-apps-script 2.0.13.
 */
declare namespace GoogleAppsScript.Forms {
  interface Form {
    setPublished(enabled: boolean): Form;
    isPublished(): boolean;
  }
}
