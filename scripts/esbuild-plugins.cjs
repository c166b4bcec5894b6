// esbuild plugins shared by `npm run build` and serverless-esbuild
// (serverless.yml: custom.esbuild.plugins).
//
// actions-on-google requires google-auth-library at load time, but only uses
// it to verify Google Sign-In profiles (the `clientId` option), which Hip Coach
// never sets. Bundling it drags in node-forge, gaxios and whatwg-url: about
// 0.65 MB. This stub takes its place and fails loudly if it is ever used.
const stubGoogleAuth = {
  name: 'stub-google-auth-library',
  setup(build) {
    build.onResolve({ filter: /^google-auth-library$/ }, () => ({ path: 'google-auth-library', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'class OAuth2Client { constructor() { throw new Error("google-auth-library is not bundled: Google Sign-In verification is not supported"); } }\n' +
        'module.exports = { OAuth2Client };',
      loader: 'js',
    }));
  },
};

module.exports = [stubGoogleAuth];
