const ts = require('typescript');

/**
 * Jest transformer for packages that ship ES modules only (jose): Node's own `require` loads
 * them, jest's module system does not, so they are turned into CommonJS here — and nothing else:
 * class fields stay native (ts-jest's defaults would move them before `super()`).
 */
module.exports = {
  process(source, filename) {
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        allowJs: true,
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        useDefineForClassFields: true,
      },
    });
    return { code: outputText };
  },
};
