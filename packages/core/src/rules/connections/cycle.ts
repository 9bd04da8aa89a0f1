import { defaultTrafficFlow } from '../../traffic/model';
import type { Rule } from '../types';

/**
 * A loop of edges. Edges are references in the template, so a loop is a circular dependency that
 * CloudFormation refuses. Strongly connected components by Tarjan's algorithm, iterative: O(n + e).
 */
export const cycle: Rule = {
  id: 'SC1005',
  family: 'connections',
  severity: 'error',
  title: { en: 'Circular connection', ko: '순환 연결' },
  description: {
    en: 'Requests flow one way, from caller to callee, and every edge becomes a dependency in the template. A loop is a circular dependency: CloudFormation cannot decide what to create first and rejects the template.',
    ko: '요청은 호출하는 쪽에서 호출받는 쪽으로 한 방향으로 흐르고, 모든 연결은 템플릿의 종속성이 됩니다. 순환이 있으면 CloudFormation이 생성 순서를 정할 수 없어 템플릿을 거부합니다(순환 종속성).',
  },
  fix: { en: 'Remove one edge of the loop so that requests flow in one direction.', ko: '순환 중 연결 하나를 삭제하여 요청이 한 방향으로 흐르게 하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html',
  *check(ctx) {
    // The traffic model's depth-first search over the same graph (when no edge id repeats, its links
    // are exactly the edges whose two ends exist) marks every edge that closes a loop: none, no cycle.
    if (ctx.index.edges.size === ctx.design.edges.length && !defaultTrafficFlow(ctx.design).loops) return;
    const ids = [...ctx.index.nodes.keys()];
    const indexOf = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    let counter = 0;
    const components: string[][] = [];
    const succ = (id: string) =>
      ctx.index
        .outgoing(id)
        .filter((e) => ctx.index.nodes.has(e.target))
        .map((e) => e.target);
    for (const root of ids) {
      if (indexOf.has(root)) continue;
      const work: { id: string; next: string[]; i: number }[] = [];
      const open = (id: string) => {
        indexOf.set(id, counter);
        low.set(id, counter);
        counter++;
        stack.push(id);
        onStack.add(id);
        work.push({ id, next: succ(id), i: 0 });
      };
      open(root);
      while (work.length) {
        const frame = work[work.length - 1]!;
        if (frame.i < frame.next.length) {
          const w = frame.next[frame.i++]!;
          if (!indexOf.has(w)) open(w);
          else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, indexOf.get(w)!));
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) === indexOf.get(frame.id)) {
          const comp: string[] = [];
          let w: string;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            comp.push(w);
          } while (w !== frame.id);
          components.push(comp);
        }
      }
    }
    for (const comp of components) {
      const members = new Set(comp);
      // Only the members' own outgoing edges: O(edges of the component), never a scan of all edges.
      const edges = comp.flatMap((id) => ctx.index.outgoing(id).filter((e) => members.has(e.target)));
      if (comp.length === 1 && edges.length === 0) continue;
      const names = [...comp]
        .sort()
        .map((id) => `“${ctx.node(id)?.label ?? id}”`)
        .join(' ↔ ');
      yield {
        message: {
          en: `These components call each other in a loop: ${names}.`,
          ko: `다음 구성 요소들이 순환하며 서로를 호출합니다: ${names}.`,
        },
        nodes: comp,
        edges: edges.map((e) => e.id),
      };
    }
  },
};
