/**
 * Every short form CloudFormation documents, written out here (not taken from the code under
 * test): the template functions, the condition functions, the Rules functions, and `Ref`/`Condition`.
 */
export const SHORT_FORMS: readonly [tag: string, key: string][] = [
  ['Ref', 'Ref'],
  ['Condition', 'Condition'],
  ['Base64', 'Fn::Base64'],
  ['Cidr', 'Fn::Cidr'],
  ['FindInMap', 'Fn::FindInMap'],
  ['GetAtt', 'Fn::GetAtt'],
  ['GetAZs', 'Fn::GetAZs'],
  ['GetStackOutput', 'Fn::GetStackOutput'],
  ['ImportValue', 'Fn::ImportValue'],
  ['Join', 'Fn::Join'],
  ['Length', 'Fn::Length'],
  ['Select', 'Fn::Select'],
  ['Split', 'Fn::Split'],
  ['Sub', 'Fn::Sub'],
  ['ToJsonString', 'Fn::ToJsonString'],
  ['Transform', 'Fn::Transform'],
  ['And', 'Fn::And'],
  ['Equals', 'Fn::Equals'],
  ['If', 'Fn::If'],
  ['Not', 'Fn::Not'],
  ['Or', 'Fn::Or'],
  ['Contains', 'Fn::Contains'],
  ['EachMemberEquals', 'Fn::EachMemberEquals'],
  ['EachMemberIn', 'Fn::EachMemberIn'],
  ['RefAll', 'Fn::RefAll'],
  ['ValueOf', 'Fn::ValueOf'],
  ['ValueOfAll', 'Fn::ValueOfAll'],
];
