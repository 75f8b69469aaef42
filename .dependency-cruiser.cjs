// The layer rules of docs/architecture.md, checked by `npm run lint` (npm run lint:deps).
// Type-only imports count (tsPreCompilationDeps) and so do dynamic import()s.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle ties modules together: neither can change or load without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'data-imports-no-feature',
      severity: 'error',
      comment: 'renderer/data is the bottom layer: it knows no feature, screen or UI atom.',
      from: { path: '^renderer/data/' },
      to: { path: '^renderer/(features|app|ui|platform|i18n)/' },
    },
    {
      name: 'lib-is-a-leaf',
      severity: 'error',
      comment: 'renderer/lib holds plain helpers (dates, voice…): it imports no layer above it.',
      from: { path: '^renderer/lib/' },
      to: { path: '^renderer/(features|app|ui|data|platform)/' },
    },
    {
      name: 'ui-imports-no-app',
      severity: 'error',
      comment: 'Shared UI atoms get what they need as props or from their own small context.',
      from: { path: '^renderer/ui/' },
      to: { path: '^renderer/(app|features)/' },
    },
    {
      name: 'no-feature-internals',
      severity: 'error',
      comment:
        'A feature is reached from another feature only through its public surface: ' +
        'renderer/features/<name>/index.ts, and section.ts (its agent-area section, which ' +
        'the agent area collects); everything else in its folder is its own.',
      from: { path: '^renderer/features/([^/]+)/' },
      to: {
        path: '^renderer/features/([^/]+)/',
        pathNot: ['^renderer/features/$1/', '^renderer/features/[^/]+/(index|section)\\.tsx?$'],
      },
    },
    {
      name: 'renderer-reaches-electron-only-through-the-contract',
      severity: 'error',
      comment: 'The renderer has no Node: only the IPC contract (types) and pure electron/shared.',
      from: { path: '^renderer/' },
      to: {
        path: '^electron/',
        pathNot: ['^electron/ipc/contract\\.ts$', '^electron/shared/'],
      },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'electron/shared runs in both processes: it imports neither side.',
      from: { path: '^electron/shared/' },
      to: { path: '^(renderer/|electron/(?!shared/))' },
    },
    {
      name: 'main-imports-no-renderer',
      severity: 'error',
      comment: 'The main process never loads renderer code.',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-electron|release|tests/artifacts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
