const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// The benchmark's own bundle (dist/apps/api-bench): the dataset generator, the
// runner, the load test, and the bench server whose access control is switched off. It is a
// project of its own so the production bundle (apps/api) never contains that
// switch; it imports the API's code through @gezinsplan/api/*, never the other way.
module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api-bench'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/bench-main.ts',
      additionalEntryPoints: [
        { entryName: 'generate', entryPath: './src/generate-main.ts' },
        { entryName: 'bench-server', entryPath: './src/server/bench-server.ts' },
        { entryName: 'floor-server', entryPath: './src/floor/floor-server.ts' },
        { entryName: 'profile-summary', entryPath: './src/profile-summary.ts' },
        { entryName: 'load', entryPath: './src/load-main.ts' },
        { entryName: 'memory-probe', entryPath: './src/load/memory-probe.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      // The api-bench:typecheck target checks these files.
      skipTypeChecking: true,
    }),
  ],
};
