// Reads the entry file and produces, for each exported function declaration, the top-level
// Apps Script global that forwards to the bundle, with the function's JSDoc above it.
import ts from 'typescript';

/** @returns {{ name: string, params: string[], source: string }[]} */
export function globalWrappers(entrySource, globalName) {
  const file = ts.createSourceFile('main.ts', entrySource, ts.ScriptTarget.ES2020, true);
  const result = [];
  for (const stmt of file.statements) {
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) continue;
    const exported = stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const name = stmt.name.text;
    if (name.endsWith('_')) throw new Error(`${name}: a global ending in _ is private in Apps Script and cannot be called`);
    const params = stmt.parameters.map((p) => {
      if (!ts.isIdentifier(p.name) || p.dotDotDotToken) throw new Error(`${name}: use plain parameter names in the entry file`);
      return p.name.text;
    });
    const docs = ts.getLeadingCommentRanges(entrySource, stmt.getFullStart()) ?? [];
    const jsdoc = docs.map((r) => entrySource.slice(r.pos, r.end)).filter((c) => c.startsWith('/**')).pop();
    if (!jsdoc) throw new Error(`${name}: every exported global needs a JSDoc comment in src/main.ts`);
    const args = params.join(', ');
    result.push({
      name,
      params,
      source: `${jsdoc}\nfunction ${name}(${args}) {\n  return ${globalName}.${name}(${args});\n}`,
    });
  }
  return result;
}
