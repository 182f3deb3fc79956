// The SVG drawing context the chart's SVG download uses; the package ships no types.
declare module 'svgcanvas/dist/svgcanvas.esm.js' {
  export class Context {
    constructor(options: { width: number; height: number });
    getSvg(): SVGSVGElement;
  }
}
