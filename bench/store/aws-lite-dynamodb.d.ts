// @aws-lite/dynamodb ships its types in a separate package (not installed): the bench only passes the plugin on.
declare module '@aws-lite/dynamodb' {
  const plugin: object;
  export default plugin;
}
