/**
 * The React Flow canvas over the store's design. The document is the only source of truth:
 * React Flow nodes and edges are derived from it; user gestures become store actions (one undo
 * step each). While a drag is in progress the moved positions live in a local overlay and are
 * committed once, at the drop, so a drag is one undo step and the document does not churn.
 */
import { canConnect, isKind, outsideNodesInFrame, NODE_HEIGHT, NODE_WIDTH, type Design, type Kind, type Position } from '@stackcanvas/core';
import {
  Background,
  ConnectionLineType,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type EdgeChange,
  type EdgeTypes,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
  type OnConnect,
  type Viewport,
} from '@xyflow/react';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { flowAriaLabels } from '../i18n/index';
import { openFile } from '../import/openFile';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';
import type { MenuState } from './ContextMenu';
import { preloadable } from '../panels/preloadable';
import { ChangeGhosts } from './Decorations';
import { KIND_MIME, freeSpot, snap } from './dnd';
import { fitDiagram, fitViewport, FIT } from './fit';
import { MeaningEdge } from './MeaningEdge';
import { createRoutesStore, RoutesContext } from './routesStore';
import { sceneRoutes } from './scene';
import { ServiceNode } from './ServiceNode';
import { createEdgeMapper, createNodeMapper, type Measured, type ServiceFlowNode } from './toFlow';
import { useCanvasDecorations } from './useDecorations';
import { useShortcuts } from './useShortcuts';
import { VpcFrame } from './VpcFrame';

const nodeTypes: NodeTypes = { service: ServiceNode };
const edgeTypes: EdgeTypes = { meaning: MeaningEdge };
const GRID: [number, number] = [20, 20];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS = [1, 2];

function applySelection(current: readonly string[], changes: readonly { id: string; selected: boolean }[]): string[] {
  const set = new Set(current);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

/** The context menu: opened by a gesture, fetched at the first one (`atFirstGesture` in `App.tsx`). */
const ContextMenu = preloadable(() => import('./ContextMenu').then((m) => m.ContextMenu), 'partContextMenu');
export const preloadContextMenu = () => ContextMenu.preload();

export function Canvas() {
  const store = useAppStoreApi();
  const design = useAppStore((s) => s.design);
  const locale = useLocale();
  const t = useT();
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const selection = useAppStore((s) => s.selection);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const showMinimap = useAppStore((s) => s.showMinimap);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const theme = useAppStore((s) => s.theme);
  const flow = useReactFlow();
  const [drag, setDragState] = useState<ReadonlyMap<string, Position> | null>(null);
  const dragRef = useRef<ReadonlyMap<string, Position> | null>(null);
  const setDrag = useCallback((next: ReadonlyMap<string, Position> | null) => {
    dragRef.current = next;
    setDragState(next);
  }, []);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const measured = useRef(new Map<string, Measured>());
  const [measureTick, setMeasureTick] = useState(0);
  const mapNodes = useMemo(createNodeMapper, []);
  const mapEdges = useMemo(createEdgeMapper, []);
  const routes = useMemo(createRoutesStore, []);
  /** Where the pointer is over the canvas (screen coordinates), for paste at the pointer. */
  const pointer = useRef<{ x: number; y: number } | null>(null);
  useShortcuts(pointer);

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const outside = useMemo(() => outsideNodesInFrame(design), [design]);
  // Change set and traffic mode, as data on the view model (decorations.ts).
  const decorations = useCanvasDecorations(design, locale);
  // Forget sizes of nodes that are gone (a deleted id may come back as a different kind).
  useEffect(() => {
    const ids = new Set(design.nodes.map((n) => n.id));
    for (const id of measured.current.keys()) if (!ids.has(id)) measured.current.delete(id);
  }, [design.nodes]);
  const baseNodes = useMemo(
    () => mapNodes(design, locale, selectedNodes, measured.current, outside, decorations.nodes),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measureTick says `measured` changed
    [mapNodes, design, locale, selectedNodes, measureTick, outside, decorations.nodes],
  );
  const nodes = useMemo(() => {
    if (!drag) return baseNodes;
    return baseNodes.map((n): ServiceFlowNode => {
      const p = drag.get(n.id);
      return p ? { ...n, position: p, dragging: true } : n;
    });
  }, [baseNodes, drag]);
  const edges = useMemo(() => mapEdges(design, locale, selectedEdges, decorations.edges), [mapEdges, design, locale, selectedEdges, decorations.edges]);
  // Edge routes around the nodes (core's routeEdges), following a drag; each edge reads its own.
  const labels = useMemo(() => new Map(edges.map((e) => [e.id, e.data?.label ?? ''])), [edges]);
  // Routed once per change of the design; while dragging, large designs route only around the dragged nodes.
  const still = useMemo(() => sceneRoutes(design, labels), [design, labels]);
  const routed = useMemo(() => (drag ? sceneRoutes(design, labels, drag, undefined, still) : still), [design, labels, drag, still]);
  useLayoutEffect(() => routes.publish(routed), [routes, routed]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ServiceFlowNode>[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      let moved: Map<string, Position> | null = null;
      let resized = false;
      for (const c of changes) {
        if (c.type === 'select') selects.push(c);
        else if (c.type === 'dimensions' && c.dimensions) {
          const old = measured.current.get(c.id);
          if (old?.width !== c.dimensions.width || old?.height !== c.dimensions.height) {
            measured.current.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
            resized = true;
          }
        } else if (c.type === 'position' && c.position && c.dragging) (moved ??= new Map()).set(c.id, c.position);
        // 'remove' is handled by the shortcuts (one undo step for nodes and edges together).
      }
      if (resized) setMeasureTick((n) => n + 1);
      if (moved) {
        const next = new Map(dragRef.current ?? []);
        for (const [id, p] of moved) next.set(id, p);
        setDrag(next);
      }
      if (selects.length) {
        const s = store.getState();
        s.select({ nodes: applySelection(s.selection.nodes, selects), edges: s.selection.edges });
      }
    },
    [setDrag, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((c): c is Extract<EdgeChange, { type: 'select' }> => c.type === 'select');
      if (!selects.length) return;
      const s = store.getState();
      s.select({ nodes: s.selection.nodes, edges: applySelection(s.selection.edges, selects) });
    },
    [store],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: ServiceFlowNode, dragged: ServiceFlowNode[]) => {
      const overlay = dragRef.current;
      const positions = new Map<string, Position>();
      for (const n of dragged) positions.set(n.id, overlay?.get(n.id) ?? n.position);
      store.getState().moveNodes(positions);
      setDrag(null);
    },
    [setDrag, store],
  );

  /** Marks the handle under the pointer valid or not while connecting (the drop is judged in onConnect/onConnectEnd). */
  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (c) => {
      if (c.source === c.target) return false;
      const d = store.getState().design;
      const s = d.nodes.find((n) => n.id === c.source);
      const tg = d.nodes.find((n) => n.id === c.target);
      return !!s && !!tg && canConnect(s.kind, tg.kind);
    },
    [store],
  );

  const onConnect: OnConnect = useCallback(
    (c) => {
      store.getState().connect(c.source, c.target);
    },
    [store],
  );

  /** A connection dropped on a node's body (not its handle), or refused by the handles, is still judged. */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      let targetId = state.toNode?.id;
      if (!targetId) {
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const el = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
        targetId = el?.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
      }
      if (!targetId || targetId === state.fromNode.id) return;
      const fromSource = state.fromHandle?.type !== 'target';
      const s = store.getState();
      if (fromSource) s.connect(state.fromNode.id, targetId);
      else s.connect(targetId, state.fromNode.id);
    },
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = e.dataTransfer.types.includes('Files') ? 'copy' : 'move';
  }, []);

  const onDrop = useCallback(
    async (e: DragEvent) => {
      e.preventDefault();
      const s = store.getState();
      const file = e.dataTransfer.files?.[0];
      if (file) {
        await openFile(file, () => store.getState());
        return;
      }
      const kind = e.dataTransfer.getData(KIND_MIME) || e.dataTransfer.getData('text/plain');
      if (!isKind(kind)) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      s.addNode(kind as Kind, freeSpot(s.design, snap({ x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 }, s.snapToGrid)));
    },
    [flow, store],
  );

  const onNodeContextMenu = useCallback(
    (e: ReactMouseEvent, node: ServiceFlowNode) => {
      e.preventDefault();
      const s = store.getState();
      if (!s.selection.nodes.includes(node.id)) s.select({ nodes: [node.id], edges: [] });
      setMenu({ x: e.clientX, y: e.clientY, target: 'node' });
    },
    [store],
  );

  const onEdgeContextMenu = useCallback(
    (e: ReactMouseEvent, edge: Edge) => {
      e.preventDefault();
      const s = store.getState();
      if (!s.selection.edges.includes(edge.id)) s.select({ nodes: [], edges: [edge.id] });
      setMenu({ x: e.clientX, y: e.clientY, target: 'edge' });
    },
    [store],
  );

  const onSelectionContextMenu = useCallback((e: ReactMouseEvent, selected: ServiceFlowNode[]) => {
    e.preventDefault();
    if (selected.length) setMenu({ x: e.clientX, y: e.clientY, target: 'node' });
  }, []);

  const onPaneClick = useCallback(() => setMenu(null), []);
  const onPaneContextMenu = useCallback((e: ReactMouseEvent | MouseEvent) => {
    e.preventDefault();
    setMenu(null);
  }, []);

  // Zoom to the nodes a diagnostic (or anything else) asks for; no nodes = the whole design.
  const lastFocus = useRef(0);
  useEffect(() => {
    if (!focusRequest || focusRequest.seq === lastFocus.current) return;
    lastFocus.current = focusRequest.seq;
    const ids = focusRequest.nodes;
    // Let React Flow adopt new nodes first (e.g. after an auto-layout).
    requestAnimationFrame(() => {
      const s = store.getState();
      if (!ids.length) fitDiagram(flow, s.design, s.showSubnets, 300);
      else void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: 300, padding: 0.3, maxZoom: 1.25 });
    });
  }, [focusRequest, flow, store]);

  // The first frame is drawn at "Zoom to fit": the canvas is measured before React Flow mounts
  // (a layout effect, before the browser paints), so the nodes render once, already fitted, and
  // not first at 100 % and then again fitted. The nodes' size is known (`toFlow.ts`), the fit is
  // computed from the design (`fit.ts`), not from React Flow's measurements.
  const pane = useRef<HTMLDivElement>(null);
  const [firstViewport, setFirstViewport] = useState<Viewport | null>(null);
  /** The design (and its id) the first frame was fitted to: opening it needs no second fit. */
  const firstFit = useRef<{ readonly id: string | null; readonly design: Design } | null>(null);
  useLayoutEffect(() => {
    const s = store.getState();
    const fitted = fitViewport(s.design, s.showSubnets, pane.current?.getBoundingClientRect());
    if (fitted) firstFit.current = { id: s.currentId, design: s.design };
    setFirstViewport(fitted ?? { x: 0, y: 0, zoom: 1 });
  }, [store]);

  // Another design opened (a template, a blank one, a link, a file): fit it; a blank one at 100 %.
  const currentId = useAppStore((s) => s.currentId);
  const fitNow = useCallback(() => {
    const s = store.getState();
    const first = firstFit.current;
    if (first && first.id === s.currentId && first.design === s.design) return;
    firstFit.current = null;
    fitDiagram(flow, s.design, s.showSubnets);
  }, [flow, store]);
  useEffect(() => {
    const frame = requestAnimationFrame(fitNow);
    return () => cancelAnimationFrame(frame);
  }, [currentId, fitNow]);

  return (
    <div
      ref={pane}
      className="canvas"
      data-testid="canvas"
      aria-label={t('canvasLabel')}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPointerMove={(e) => (pointer.current = { x: e.clientX, y: e.clientY })}
      onPointerLeave={() => (pointer.current = null)}
    >
      <RoutesContext.Provider value={routes}>
        {firstViewport ? (
          <ReactFlow
            defaultViewport={firstViewport}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            isValidConnection={isValidConnection}
            onConnectEnd={onConnectEnd}
            onNodeContextMenu={onNodeContextMenu}
            onSelectionContextMenu={onSelectionContextMenu}
            onEdgeContextMenu={onEdgeContextMenu}
            onPaneClick={onPaneClick}
            onPaneContextMenu={onPaneContextMenu}
            onMoveStart={onPaneClick}
            connectionLineType={ConnectionLineType.SmoothStep}
            snapToGrid={snapToGrid}
            snapGrid={GRID}
            selectionOnDrag
            selectionMode={SelectionMode.Partial}
            panOnDrag={PAN_BUTTONS}
            panOnScroll
            zoomOnScroll={false}
            zoomOnPinch
            multiSelectionKeyCode={MULTI_KEYS}
            deleteKeyCode={null}
            ariaLabelConfig={ariaLabels}
            colorMode={theme}
            maxZoom={2.5}
            onlyRenderVisibleElements={design.nodes.length > 300}
            onInit={fitNow}
            minZoom={FIT.minZoom / 4}
            proOptions={{ hideAttribution: true }}
          >
            <VpcFrame design={design} overrides={drag} />
            <ChangeGhosts decorations={decorations} locale={locale} />
            <Background gap={GRID[0]} />
            <Controls showInteractive={false} showFitView={false}>
              <ControlButton
                onClick={() => fitDiagram(flow, store.getState().design, store.getState().showSubnets, 300)}
                title={t('flowFitView')}
                aria-label={t('flowFitView')}
              >
                <svg viewBox="0 0 32 30" aria-hidden="true">
                  <path d="M3.7 11.2V3.7h7.5V0H0v11.2zm24.6-7.5v7.5H32V0H20.8v3.7zM3.7 18.8H0V30h11.2v-3.7H3.7zm24.6 7.5h-7.5V30H32V18.8h-3.7z" />
                </svg>
              </ControlButton>
            </Controls>
            {showMinimap ? <MiniMap pannable zoomable /> : null}
          </ReactFlow>
        ) : null}
      </RoutesContext.Provider>
      <Suspense fallback={null}>{menu ? <ContextMenu menu={menu} onClose={() => setMenu(null)} /> : null}</Suspense>
    </div>
  );
}
