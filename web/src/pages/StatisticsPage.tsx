import { useQuery } from '@apollo/client';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { StatisticsPageQuery } from '../queries';
import { Status } from '../Status';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

interface Bucket {
  label: string;
  count: number;
}

/** One statistic as a bar chart (Chart.js), with its numbers as a list for readers and tests. */
function StatChart({ title, buckets }: { title: string; buckets: Bucket[] }) {
  return (
    <figure className="stat" data-stat={title}>
      <figcaption>{title}</figcaption>
      <div style={{ height: 240 }}>
        <Bar
          options={{ maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }}
          data={{
            labels: buckets.map((bucket) => bucket.label),
            datasets: [{ label: title, data: buckets.map((bucket) => bucket.count), backgroundColor: '#4a7bb7' }],
          }}
        />
      </div>
      <ul className="buckets">
        {buckets.map((bucket) => (
          <li key={bucket.label}>
            {bucket.label}: {bucket.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Agreements by year, kind and area; events by kind; talent programmes by level of study. */
export function StatisticsPage() {
  const { data, loading, error } = useQuery(StatisticsPageQuery);
  if (!data) return <Status loading={loading} error={error} />;
  return (
    <section>
      <h1>Statistics</h1>
      <StatChart title="Agreements by year" buckets={data.agreementsByYear} />
      <StatChart title="Agreements by kind" buckets={data.agreementsByKind} />
      <StatChart title="Agreements by area" buckets={data.agreementsByArea} />
      <StatChart title="Events by kind" buckets={data.eventsByKind} />
      <StatChart title="Talent programmes by level" buckets={data.talentByLevel} />
    </section>
  );
}
