// Types for eslint.layers.js, so the lint-layers test reads the same table lint enforces.
export declare const MAIN_LAYERS: Record<string, string[]>;
export declare function layerZones(
  layers?: Record<string, string[]>,
): { target: string; from: string | string[]; except?: string[]; message: string }[];
export declare const RENDERER_LAYERS: Record<string, string[]>;
export declare function rendererZones(layers?: Record<string, string[]>): { target: string; from: string[]; message: string }[];
