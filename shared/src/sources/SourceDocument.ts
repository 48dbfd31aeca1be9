import { Column, Entity } from 'typeorm';
import { DateColumn, KeyColumn, RefColumn, VarcharColumn } from '../database/columns';

/** A document that states facts; every subgraph keeps the ones its records cite. */
@Entity('sources')
export class SourceDocument {
  @KeyColumn()
  id: string;

  @VarcharColumn(500)
  title: string;

  @Column({ name: 'title_is_descriptive', type: 'boolean' })
  titleIsDescriptive: boolean;

  @VarcharColumn(300, { nullable: true })
  publisher: string | null;

  @VarcharColumn(1000, { nullable: true })
  url: string | null;

  @DateColumn('published_on')
  publishedOn: string | null;

  @VarcharColumn(8)
  language: string;

  /** The document that names this one as its source (an outlet an article cites), when a seeded document does. */
  @RefColumn('cited_in_id', { nullable: true })
  citedInId?: string | null;

  /** The citing document's words naming this one, verbatim. */
  @Column({ name: 'cited_in_quote', type: 'text', nullable: true })
  citedInQuote?: string | null;
}
