import type { ReactNode } from 'react';

/** A list of records, one item each, keyed by their id; none when `items` is missing. */
export function ItemList<T extends { id: string }>({
  className,
  items,
  item,
}: {
  className: string;
  items: readonly T[] | null | undefined;
  item: (record: T) => ReactNode;
}) {
  return (
    <ul className={className}>
      {items?.map((record) => (
        <li key={record.id}>{item(record)}</li>
      ))}
    </ul>
  );
}
