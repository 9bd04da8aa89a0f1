/** Import a design file or a CloudFormation template (`import-file`); filled by issue 7. */
export function ImportButton() {
  return null;
}
