/**
 * The error catalogue: every error core produces (reading a design, importing a template,
 * opening a share link, exporting, and the change-set findings in `changeset/messages.ts`) has
 * a stable code, its English and Korean text with `{parameters}` (Korean particles written after
 * a placeholder, `{label}을/를`, are chosen by the value: `i18n/josa.ts`), and where it applies a
 * JSON path, node ids or a logical id on the error that carries it. Share-link refusals carry
 * `SC-L-<code>` with their texts in `share/errors.ts`; change-set findings `SC-CS-…` in
 * `changeset/messages.ts`. The CLI prints the English
 * text on one line; the app shows the user's language. No code anywhere matches on the English
 * text: programs test `code`.
 */
import { fillTemplate } from '../i18n/fill';
import { pickParticle } from '../i18n/josa';

export type MessageParam = string | number;

/** A message of the catalogue: its code, its parameters, and its templates per language. */
export interface CoreMessage {
  readonly code: string;
  readonly params: Readonly<Record<string, MessageParam>>;
  /** Template with `{name}` placeholders, filled from `params`. */
  readonly en: string;
  readonly ko: string;
}

const T = <const E extends string, const K extends string>(en: E, ko: K) => ({ en, ko });

export const MESSAGES = {
  // Reading a design document (`parseDesign`).
  'SC-D001': T('the {what} is {size}; the limit is {limit}', '{what} 크기가 {size}로 한도 {limit}를 넘습니다'),
  'SC-D002': T('malformed JSON: {detail}', 'JSON 형식이 잘못되었습니다: {detail}'),
  'SC-D003': T('nested deeper than {max} levels', '{max}단계보다 깊게 중첩되어 있습니다'),
  'SC-D004': T('the key "{key}" is not allowed', '"{key}" 키는 허용되지 않습니다'),
  'SC-D005': T('unknown field {fields}; expected one of {expected}', '알 수 없는 필드 {fields}입니다. 다음 중 하나여야 합니다: {expected}'),
  'SC-D006': T(
    'the design is version {version}, made by a newer Stackcanvas; this one reads version {supported}',
    '이 설계는 더 새로운 Stackcanvas에서 만든 버전 {version}입니다. 이 버전은 버전 {supported}까지 읽습니다',
  ),
  'SC-D007': T('expected version {supported}, got {version}', '버전 {supported}이 필요하지만 {version}입니다'),
  'SC-D008': T('expected a JSON object (a Stackcanvas design)', 'JSON 객체(Stackcanvas 설계)가 필요합니다'),
  'SC-D009': T(
    'this is a CloudFormation template, not a Stackcanvas design; import it first (stackcanvas import)',
    'Stackcanvas 설계가 아니라 CloudFormation 템플릿입니다. 먼저 가져오세요(stackcanvas import)',
  ),
  'SC-D010': T('expected "format": "{format}"; this is not a Stackcanvas design', '"format": "{format}"이 필요합니다. Stackcanvas 설계가 아닙니다'),
  'SC-D011': T('duplicate node id "{id}" (also at {other})', '구성 요소 ID "{id}"가 중복됩니다({other}에도 있음)'),
  'SC-D012': T('unknown kind "{kind}"; expected one of {kinds}', '알 수 없는 종류 "{kind}"입니다. 다음 중 하나여야 합니다: {kinds}'),
  'SC-D013': T('no resource "{id}" in $.resources', '$.resources에 리소스 "{id}"가 없습니다'),
  'SC-D014': T('the resource "{id}" is also held by {other}', '리소스 "{id}"는 {other}도 보유하고 있습니다'),
  'SC-D015': T('duplicate edge id "{id}" (also at {other})', '연결 ID "{id}"가 중복됩니다({other}에도 있음)'),
  'SC-D016': T('no node with id "{id}" (dangling edge "{edge}")', 'ID가 "{id}"인 구성 요소가 없습니다(연결 "{edge}"의 끝이 없음)'),
  'SC-D017': T('expected {expected}, got {received}', '{expected}이/가 필요하지만 {received}입니다'),
  'SC-D018': T('expected a value from {min} to {max}', '{min}~{max} 사이의 값이어야 합니다'),
  'SC-D019': T('expected one of {options}', '다음 중 하나여야 합니다: {options}'),
  'SC-D020': T('{detail}', '{detail}'),
  'SC-D021': T(
    'expected an id of a letter then letters, digits or "-" (at most 64 characters)',
    '문자로 시작하고 문자, 숫자, "-"로 이루어진 ID여야 합니다(최대 64자)',
  ),
  'SC-D022': T('expected a logical id (letters and digits, at most 255)', '논리적 ID(문자와 숫자, 최대 255자)여야 합니다'),
  'SC-D023': T('at most {max} characters', '최대 {max}자여야 합니다'),
  'SC-D024': T('required', '필수 항목입니다'),
  'SC-D025': T('unknown field {fields}', '알 수 없는 필드 {fields}입니다'),
  'SC-D026': T(
    'duplicate key {key} at line {line}, column {column} (first at line {first}); a key may appear only once in an object',
    '{line}행 {column}열의 키 {key}가 중복됩니다(처음은 {first}행). 객체 안에서 키는 한 번만 쓸 수 있습니다',
  ),
  'SC-D027': T('the design has {count} components; the limit is {limit}', '설계의 구성 요소가 {count}개로 한도 {limit}개를 넘습니다'),
  'SC-D028': T('the design has {count} connections; the limit is {limit}', '설계의 연결이 {count}개로 한도 {limit}개를 넘습니다'),
  'SC-D029': T(
    'holds the control character {char} at position {position}; a label or a name is one line of visible text',
    '{position}번째 위치에 제어 문자 {char}가 있습니다. 이름은 보이는 문자로 된 한 줄이어야 합니다',
  ),
  'SC-D030': T(
    'holds a lone surrogate ({char}) at position {position}: not valid Unicode text, it cannot be written as UTF-8',
    '{position}번째 위치에 짝이 없는 서로게이트({char})가 있습니다. 올바른 유니코드 텍스트가 아니어서 UTF-8로 쓸 수 없습니다',
  ),
  'SC-D032': T(
    'written out as a design file (every default filled in), the design would be over the limit of {limit}',
    '설계를 설계 파일로 쓰면(기본값을 모두 채워) 한도 {limit}를 넘습니다',
  ),
  'SC-D031': T(
    'the {what} is not UTF-8: invalid byte {byte} at byte offset {offset}',
    '{what}이/가 UTF-8이 아닙니다: 바이트 오프셋 {offset}에 잘못된 바이트 {byte}가 있습니다',
  ),

  // Importing a template or a design file.
  'SC-I001': T('the {what} is not text', '{what}이/가 텍스트가 아닙니다'),
  'SC-I002': T('the {what} is {size}; the limit is {limit}', '{what} 크기가 {size}로 한도 {limit}를 넘습니다'),
  'SC-I003': T('the {what} is empty', '{what}이/가 비어 있습니다'),
  'SC-I004': T('malformed YAML: {detail}', 'YAML 형식이 잘못되었습니다: {detail}'),
  'SC-I005': T('malformed JSON: {detail}', 'JSON 형식이 잘못되었습니다: {detail}'),
  'SC-I006': T('{detail}', '{detail}'),
  'SC-I007': T('{path}: {detail}', '{path}: {detail}'),
  'SC-I008': T('the template has too many values, or shares objects in a cycle; refused', '템플릿의 값이 너무 많거나 객체가 순환 참조되어 거부되었습니다'),
  'SC-I009': T(
    'this is a Stackcanvas design, not a CloudFormation template; open it as a design',
    'CloudFormation 템플릿이 아니라 Stackcanvas 설계입니다. 설계로 여세요',
  ),
  'SC-I010': T('expected a CloudFormation template (a mapping with Resources)', 'CloudFormation 템플릿(Resources가 있는 매핑)이 필요합니다'),
  'SC-I011': T('this is not a CloudFormation template: it has no Resources section', 'CloudFormation 템플릿이 아닙니다: Resources 섹션이 없습니다'),
  'SC-I012': T('the {what} could not be imported: {detail}', '{what}을/를 가져올 수 없습니다: {detail}'),
  'SC-I013': T('{detail}', '{detail}'),
  'SC-I014': T(
    'this is neither a Stackcanvas design nor a CloudFormation template (no "format" and no Resources)',
    'Stackcanvas 설계도 CloudFormation 템플릿도 아닙니다("format"도 Resources도 없음)',
  ),
  'SC-I015': T(
    'the template has no Resources section (a mapping of logical ids to resources)',
    '템플릿에 Resources 섹션(논리적 ID와 리소스의 매핑)이 없습니다',
  ),
  'SC-I016': T('the template has no resources', '템플릿에 리소스가 없습니다'),
  'SC-I017': T('the template has {count} resources; the limit is {limit}', '템플릿의 리소스가 {count}개로 한도 {limit}개를 넘습니다'),
  'SC-I018': T(
    '{id} is an Fn::ForEach loop: it needs the AWS::LanguageExtensions transform, which the template does not declare; write the resources out (or import the processed template from the stack)',
    '{id}은/는 Fn::ForEach 반복문인데 템플릿에 AWS::LanguageExtensions 변환이 선언되어 있지 않습니다. 리소스를 직접 작성하거나 스택에서 처리된 템플릿을 가져오세요',
  ),
  'SC-I019': T(
    '{id} is an Fn::ForEach loop: CloudFormation expands it at deploy time (the AWS::LanguageExtensions transform); Stackcanvas does not expand loops yet; write the resources out (or import the processed template from the stack)',
    '{id}은/는 Fn::ForEach 반복문입니다. CloudFormation이 배포할 때 펼치며(AWS::LanguageExtensions 변환) Stackcanvas는 아직 펼치지 않습니다. 리소스를 직접 작성하거나 스택에서 처리된 템플릿을 가져오세요',
  ),
  'SC-I020': T('{id} is not a logical id (letters and digits only, at most 255)', '{id}은/는 논리적 ID가 아닙니다(문자와 숫자만, 최대 255자)'),
  'SC-I021': T('{path}: expected a resource (a mapping with Type)', '{path}: 리소스(Type이 있는 매핑)가 필요합니다'),
  'SC-I022': T('{path}: expected a resource type such as AWS::S3::Bucket', '{path}: AWS::S3::Bucket 같은 리소스 유형이 필요합니다'),
  'SC-I023': T('{path}: expected a mapping', '{path}: 매핑이 필요합니다'),
  'SC-I024': T('the template cannot be represented: {detail}', '템플릿을 설계로 나타낼 수 없습니다: {detail}'),
  'SC-I025': T('the {what} has {detail}', '{what}: {detail}'),
  'SC-I026': T('the {what} is {detail}', '{what}: {detail}'),
  'SC-I027': T(
    'the {what} expands to more than {max} values through YAML aliases (a "billion laughs" document); refused',
    '{what}이/가 YAML 별칭으로 {max}개가 넘는 값으로 펼쳐집니다("billion laughs" 문서). 거부되었습니다',
  ),
  'SC-I028': T(
    'the template would import to a design file over the limit of {limit} (import a smaller template, or split the stack)',
    '템플릿을 가져오면 설계 파일이 한도 {limit}를 넘습니다(더 작은 템플릿을 가져오거나 스택을 나누세요)',
  ),
  'SC-I029': T(
    'the template would import to {count} components; designs are limited to {limit} (import a smaller template, or split the stack)',
    '템플릿을 가져오면 구성 요소가 {count}개가 되어 한도 {limit}개를 넘습니다(더 작은 템플릿을 가져오거나 스택을 나누세요)',
  ),

  // Exporting (CloudFormation and CDK).
  'SC-X001': T('no logical id for node "{node}"', '구성 요소 "{node}"의 논리적 ID가 없습니다'),
  'SC-X002': T('unknown node "{node}"', '알 수 없는 구성 요소 "{node}"'),
  'SC-X003': T(
    'two resources would share the logical id "{id}" (nodes "{first}" and "{second}"); rename one of the labels',
    '두 리소스가 같은 논리적 ID "{id}"를 갖게 됩니다(구성 요소 "{first}", "{second}"). 이름 중 하나를 바꾸세요',
  ),
  'SC-X004': T('duplicate shared resource "{id}"', '공유 리소스 "{id}"가 중복됩니다'),
  'SC-X005': T(
    'the imported resource "{id}" clashes with a generated resource of the same logical id; rename the other node\'s label',
    '가져온 리소스 "{id}"가 같은 논리적 ID로 생성되는 리소스와 겹칩니다. 다른 구성 요소의 이름을 바꾸세요',
  ),
  'SC-X006': T(
    'CloudFront "{node}" has no origin: connect it to an S3 bucket, an Application Load Balancer or an API Gateway REST API',
    'CloudFront "{node}"에 오리진이 없습니다. S3 버킷, Application Load Balancer 또는 API Gateway REST API에 연결하세요',
  ),
  'SC-X007': T(
    'the imported "{node}" has no security group Stackcanvas can find, so its new connection cannot be opened; give it one in the template',
    '가져온 "{node}"에서 보안 그룹을 찾을 수 없어 새 연결을 열 수 없습니다. 템플릿에서 보안 그룹을 지정하세요',
  ),
  'SC-X008': T(
    '"{prop}" of the imported "{node}" cannot be changed in Stackcanvas (its template defines it in a way the designer does not rewrite); change it in the template, or set it back to {original}',
    '가져온 "{node}"의 "{prop}"은/는 Stackcanvas에서 바꿀 수 없습니다(템플릿이 설계 도구가 다시 쓰지 않는 방식으로 정의함). 템플릿에서 바꾸거나 {original}으로/로 되돌리세요',
  ),
  'SC-X009': T('"{prop}" of the imported "{node}" cannot be written: {detail}', '가져온 "{node}"의 "{prop}"을/를 쓸 수 없습니다: {detail}'),
  'SC-X010': T('node "{node}" holds the resource "{id}", which the design does not have', '구성 요소 "{node}"가 보유한 리소스 "{id}"가 설계에 없습니다'),
  'SC-X011': T('node "{node}" holds no resource', '구성 요소 "{node}"가 보유한 리소스가 없습니다'),
  'SC-X012': T(
    'the imported "{source}" has no IAM role Stackcanvas can find, so it cannot be allowed to call "{target}"; give it one in the template',
    '가져온 "{source}"에서 IAM 역할을 찾을 수 없어 "{target}" 호출을 허용할 수 없습니다. 템플릿에서 역할을 지정하세요',
  ),
  'SC-X013': T(
    'connecting "{source}" to "{target}" would need changes to imported resources that Stackcanvas does not make yet; make this connection in the template and import it again',
    '"{source}"와/과 "{target}"을/를 연결하려면 Stackcanvas가 아직 하지 않는 방식으로 가져온 리소스를 바꿔야 합니다. 템플릿에서 연결한 뒤 다시 가져오세요',
  ),
  'SC-X014': T('removing a connection of "{node}": {detail}', '"{node}"의 연결을 제거하는 중: {detail}'),
  'SC-X015': T(
    'the generated resource "{id}" refers to {names}, which the template does not have',
    '생성된 리소스 "{id}"가 템플릿에 없는 {names}을/를 참조합니다',
  ),
  'SC-X016': T(
    'two resources would share the logical id "{id}"; rename one of the labels',
    '두 리소스가 같은 논리적 ID "{id}"를 갖게 됩니다. 이름 중 하나를 바꾸세요',
  ),
  'SC-X017': T('the design has errors: {detail}', '설계에 오류가 있습니다: {detail}'),
  'SC-X018': T('the web ACL has no rate-based rule to change', '웹 ACL에 바꿀 속도 기반 규칙이 없습니다'),
  'SC-X019': T('no launch template or launch configuration holds the instance type', '인스턴스 유형을 담은 시작 템플릿이나 시작 구성이 없습니다'),
  'SC-X020': T(
    'the default cache behavior of {id} uses the origin whose connection was removed; connect another origin as the default first',
    '{id}의 기본 캐시 동작이 연결이 제거된 오리진을 사용합니다. 먼저 다른 오리진을 기본으로 연결하세요',
  ),
  'SC-X021': T(
    'API Gateway "{node}" cannot reach the internal load balancer "{target}": a REST API reaches private load balancers only through a VPC link, which the export does not create; make the load balancer internet-facing or put CloudFront in front of it instead',
    'API Gateway "{node}"는 내부 로드 밸런서 "{target}"에 연결할 수 없습니다. REST API는 VPC 링크를 통해서만 프라이빗 로드 밸런서에 연결되는데 내보내기는 VPC 링크를 만들지 않습니다. 로드 밸런서를 인터넷 연결로 바꾸거나 앞에 CloudFront를 두세요',
  ),
  'SC-X022': T(
    'API Gateway "{node}" has {count} integrations on {path}: give each edge its own path',
    'API Gateway "{node}"의 {path} 경로에 통합이 {count}개 있습니다. 연결마다 다른 경로를 지정하세요',
  ),
  'SC-X023': T(
    'the design has no components; a CloudFormation template needs at least one resource: add a component before exporting',
    '설계에 구성 요소가 없습니다. CloudFormation 템플릿에는 리소스가 하나 이상 있어야 하니 내보내기 전에 구성 요소를 추가하세요',
  ),
  'SC-X024': T(
    'the template has {count} resources; CloudFormation accepts at most {limit} in one stack: split the design into several stacks',
    '템플릿의 리소스가 {count}개입니다. CloudFormation은 스택 하나에 최대 {limit}개까지 받으니 설계를 여러 스택으로 나누세요',
  ),
  'SC-X025': T(
    'the template is {size}; CloudFormation takes at most {limit} inline (--template-body): upload it to S3 and deploy with --template-url (up to 1 MB)',
    '템플릿이 {size}입니다. CloudFormation은 직접 전달(--template-body)로 최대 {limit}까지 받으니 S3에 올려 --template-url로 배포하세요(최대 1 MB)',
  ),
  'SC-X026': T(
    'the template is {size}; CloudFormation takes at most {limit} even through S3: split the design into several stacks',
    '템플릿이 {size}입니다. CloudFormation은 S3를 통해서도 최대 {limit}까지 받으니 설계를 여러 스택으로 나누세요',
  ),
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** A catalogue message with its parameters (templates filled when shown). */
export function coreMessage(code: MessageCode, params: Readonly<Record<string, MessageParam>> = {}): CoreMessage {
  const entry = MESSAGES[code];
  return { code, params, en: entry.en, ko: entry.ko };
}

/** The message's text in one language, parameters and particles filled in. */
export function renderMessage(message: CoreMessage, locale: 'en' | 'ko'): string {
  return fillTemplate(message[locale], message.params, (v) => String(v), pickParticle);
}
