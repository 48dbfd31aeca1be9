import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface NetworkPartner {
  id: string;
  name: string;
  agreementCount: number;
}

/**
 * The institution and its partners as a network drawn by Cytoscape.js: one edge per
 * partner, as thick as the agreements they share. Clicking a partner opens its page.
 */
export function PartnerNetwork({
  center,
  partners,
}: {
  center: { id: string; name: string };
  partners: NetworkPartner[];
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const graph = cytoscape({
      container: container.current,
      elements: [
        { data: { id: center.id, label: center.name }, classes: 'center' },
        ...partners.map((partner) => ({ data: { id: partner.id, label: partner.name } })),
        ...partners.map((partner) => ({
          data: {
            id: `${center.id}--${partner.id}`,
            source: center.id,
            target: partner.id,
            weight: partner.agreementCount,
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 10,
            'background-color': '#4a7bb7',
            'text-wrap': 'wrap',
            'text-max-width': '120px',
          },
        },
        { selector: 'node.center', style: { 'background-color': '#c0392b', width: 40, height: 40 } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#999' } },
      ],
      layout: { name: 'concentric', concentric: (node) => (node.hasClass('center') ? 2 : 1), minNodeSpacing: 30 },
      userZoomingEnabled: false,
    });
    graph.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      if (id !== center.id) window.location.hash = `#/institution/${encodeURIComponent(id)}`;
    });
    return () => graph.destroy();
  }, [center.id, center.name, partners]);
  return (
    <div
      ref={container}
      className="network"
      data-testid="partner-network"
      style={{ width: '100%', height: 420, border: '1px solid #ddd' }}
    />
  );
}
