import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A document that states facts; every subgraph keeps the ones its records cite. */
@Entity('sources')
export class SourceDocument {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ name: 'title_is_descriptive', type: 'boolean' })
  titleIsDescriptive: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  publisher: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

  @Column({ name: 'published_on', type: 'varchar', length: 10, nullable: true })
  publishedOn: string | null;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  /** The document that names this one as its source (an outlet an article cites), when a seeded document does. */
  @Column({ name: 'cited_in_id', type: 'varchar', length: 64, nullable: true })
  citedInId?: string | null;

  /** The citing document's words naming this one, verbatim. */
  @Column({ name: 'cited_in_quote', type: 'text', nullable: true })
  citedInQuote?: string | null;
}
