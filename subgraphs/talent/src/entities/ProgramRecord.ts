import { DateColumn, ListColumn, RefColumn, StatusColumn, TitledRecord } from '@partnership-graph/shared';

/** What internship, thesis and training programmes share: areas, dates, status and agreement. */
export abstract class ProgramRecord extends TitledRecord {
  @ListColumn()
  areas: string[];

  @DateColumn('starts_on')
  startsOn: string | null;

  @DateColumn('ends_on')
  endsOn: string | null;

  @StatusColumn()
  status: string;

  @RefColumn('agreement_id', { nullable: true })
  agreementId: string | null;

  /** The indexes every programme table has, after the type's own: status, agreement and title. */
  static readonly indexes = { status: ['status'], agreement: ['agreementId'], sort_title: ['sortTitle'] };
}
