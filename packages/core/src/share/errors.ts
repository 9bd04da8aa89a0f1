/**
 * Why a share link is refused: a typed error with a code, the English message and its Korean
 * translation. The decoder never throws anything else (the property tests check it).
 */
import type { I18n, Locale } from '../catalog/types';
import type { CoreMessage } from '../errors/catalogue';
import type { DesignError } from '../model/types';
import { formatMegabytes } from '../model/size';
import { grouped } from '../model/numbers';

export type ShareLinkErrorCode =
  /** The URL has no `#d=` part. */
  | 'no-link'
  /** `#d=` is there but not `<version>.<payload>`. */
  | 'malformed'
  /** The link format version is newer than this Stackcanvas reads. */
  | 'newer-version'
  /** The payload is longer than `MAX_SHARE_PAYLOAD_CHARS` (refused before decoding). */
  | 'too-large'
  /** The payload is not strict unpadded base64url. */
  | 'bad-base64'
  /** The bytes are not a complete raw DEFLATE stream. */
  | 'bad-deflate'
  /** The payload inflates past `MAX_SHARE_INFLATED_BYTES` (inflating stopped at the limit). */
  | 'inflate-limit'
  /** Bytes follow the end of the DEFLATE stream (a link is one stream, nothing after it). */
  | 'trailing-data'
  /** The inflated bytes are not UTF-8 or not JSON. */
  | 'bad-json'
  /** The JSON is a string holding JSON text (encoded twice), not a design object. */
  | 'double-encoded'
  /** The design the link holds is larger, written out as a design file, than a design may be. */
  | 'design-limit'
  /** The JSON is not a valid design document (`errors` holds `parseDesign`'s list). */
  | 'invalid-design'
  /** Encoding: the design is too large for a link that would open again. */
  | 'design-too-large';

export class ShareLinkError extends Error {
  override readonly name = 'ShareLinkError';
  /** The catalogue entry: a stable code per refusal and the text in every language. */
  readonly detail: CoreMessage;
  constructor(
    readonly code: ShareLinkErrorCode,
    /** The message in every UI language; `message` is the English one. */
    readonly text: I18n,
    /** For `invalid-design`: every problem `parseDesign` found, with JSON paths. */
    readonly errors: readonly DesignError[] = [],
  ) {
    super(text.en);
    this.detail = { code: `SC-L-${code}`, params: {}, en: text.en, ko: text.ko };
  }

  /** The message in the user's language. */
  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

export function isShareLinkError(e: unknown): e is ShareLinkError {
  return e instanceof ShareLinkError;
}

/** Longest detail quoted in a message; a hostile link may hold megabyte-long keys or values. */
const MAX_DETAIL_CHARS = 300;

/** `text` cut to `MAX_DETAIL_CHARS` with an ellipsis, so a message stays one readable line. */
export function clipDetail(text: string, max = MAX_DETAIL_CHARS): string {
  const oneLine = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = oneLine.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function kb(n: number): string {
  return `${grouped(Math.ceil(n / 1024))} KB`;
}
function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(0)} MB`;
}

/** The catalogue of share-link errors: what was received and what to do. */
export const shareErrors = {
  noLink: () =>
    new ShareLinkError('no-link', {
      en: 'this URL holds no Stackcanvas design (expected "#d=1.…" after the address)',
      ko: '이 URL에는 Stackcanvas 설계가 없습니다(주소 뒤에 "#d=1.…" 형식이 필요합니다)',
    }),
  malformed: () =>
    new ShareLinkError('malformed', {
      en: 'the share link is malformed (expected "#d=<version>.<data>"); ask for the link again',
      ko: '공유 링크의 형식이 잘못되었습니다("#d=<버전>.<데이터>" 형식이어야 합니다). 링크를 다시 받아 주세요',
    }),
  newerVersion: (version: string, supported: number) =>
    new ShareLinkError('newer-version', {
      en: `the share link is format ${version}, made by a newer Stackcanvas; this one reads format ${supported}. Update Stackcanvas to open it`,
      ko: `공유 링크 형식 ${version}은(는) 더 새로운 Stackcanvas에서 만들어졌습니다. 이 버전은 형식 ${supported}만 읽을 수 있으니 Stackcanvas를 업데이트하세요`,
    }),
  tooLarge: (chars: number, limit: number) =>
    new ShareLinkError('too-large', {
      en: `the share link's data is ${kb(chars)}; the limit is ${kb(limit)}. Share the design file instead`,
      ko: `공유 링크의 데이터가 ${kb(chars)}로 한도 ${kb(limit)}를 넘습니다. 대신 설계 파일을 공유하세요`,
    }),
  badBase64: (raw: string) => {
    const detail = clipDetail(raw);
    return new ShareLinkError('bad-base64', {
      en: `the share link is damaged: ${detail}; it was probably cut or changed when copied`,
      ko: `공유 링크가 손상되었습니다: ${detail}. 복사하는 중에 잘렸거나 바뀐 것 같습니다`,
    });
  },
  badDeflate: () =>
    new ShareLinkError('bad-deflate', {
      en: 'the share link is damaged: its data is not complete compressed data; it was probably cut when copied',
      ko: '공유 링크가 손상되었습니다: 압축된 데이터가 완전하지 않습니다. 복사하는 중에 잘린 것 같습니다',
    }),
  inflateLimit: (limit: number) =>
    new ShareLinkError('inflate-limit', {
      en: `the share link unpacks to more than ${mb(limit)}; it was refused (no design is that large)`,
      ko: `공유 링크의 압축을 풀면 ${mb(limit)}를 넘어서 거부했습니다(그렇게 큰 설계는 없습니다)`,
    }),
  trailingData: () =>
    new ShareLinkError('trailing-data', {
      en: 'the share link is damaged: more data follows the end of its compressed design; it was probably joined with other text when copied',
      ko: '공유 링크가 손상되었습니다: 압축된 설계가 끝난 뒤에 데이터가 더 있습니다. 복사하는 중에 다른 텍스트와 합쳐진 것 같습니다',
    }),
  doubleEncoded: () =>
    new ShareLinkError('double-encoded', {
      en: 'the share link holds a JSON string whose text is JSON (encoded twice), not a design; make the link again with Stackcanvas',
      ko: '공유 링크에 설계가 아니라 내용이 JSON인 JSON 문자열(두 번 인코딩됨)이 들어 있습니다. Stackcanvas로 링크를 다시 만드세요',
    }),
  designLimit: (limit: number) =>
    new ShareLinkError('design-limit', {
      en: `the share link opens to a design file over the limit of ${formatMegabytes(limit)} (every default filled in); it was refused`,
      ko: `공유 링크를 열면 설계 파일이(기본값을 모두 채워) 한도 ${formatMegabytes(limit)}를 넘어서 거부했습니다`,
    }),
  badJson: (raw: string) => {
    const detail = clipDetail(raw);
    return new ShareLinkError('bad-json', {
      en: `the share link does not hold a design: ${detail}`,
      ko: `공유 링크에 설계가 들어 있지 않습니다: ${detail}`,
    });
  },
  invalidDesign: (raw: string, errors: readonly DesignError[]) => {
    const summary = clipDetail(raw);
    return new ShareLinkError(
      'invalid-design',
      { en: `the shared design is not valid: ${summary}`, ko: `공유된 설계가 올바르지 않습니다: ${summary}` },
      errors,
    );
  },
  designTooLargeInflated: (bytes: number, limit: number) =>
    new ShareLinkError('design-too-large', {
      en: `this design is ${formatMegabytes(bytes)} of JSON; a link may unpack to at most ${mb(limit)}. Share the design file instead`,
      ko: `이 설계는 JSON으로 ${formatMegabytes(bytes)}입니다. 링크는 압축을 풀어 최대 ${mb(limit)}까지만 담을 수 있으니 대신 설계 파일을 공유하세요`,
    }),
  designTooLarge: (chars: number, limit: number) =>
    new ShareLinkError('design-too-large', {
      en: `this design makes a link of ${kb(chars)} of data; links are limited to ${kb(limit)}. Share the design file instead`,
      ko: `이 설계로 만든 링크의 데이터가 ${kb(chars)}로 한도 ${kb(limit)}를 넘습니다. 대신 설계 파일을 공유하세요`,
    }),
} as const;
