const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// The benchmark's own bundle (dist/apps/api-bench): the dataset generator, the
// runner, and the bench server whose access control can be switched off. It is
// built separately so the production bundle (webpack.config.js, main.ts) never
// contains that switch.
module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api-bench'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/benchmark/bench-main.ts',
      additionalEntryPoints: [
        { entryName: 'generate', entryPath: './src/benchmark/generate-main.ts' },
        { entryName: 'bench-server', entryPath: './src/benchmark/server/bench-server.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      // The api:typecheck target checks these files with the rest of the project.
      skipTypeChecking: true,
    }),
  ],
};
