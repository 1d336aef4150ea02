import { useQuery } from '@tanstack/react-query';
import { ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, csrfHeaders, getJson } from '../api/client';
import { DataTable } from '../components/DataTable';

interface Summary {
  dryRun: boolean;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ line: number; reasons: string[] }>;
  reports: string[];
}
interface Job {
  jobId: string;
  status: 'running' | 'completed' | 'failed';
  rows: number;
  processedReports?: number;
  totalReports?: number;
  summary?: Summary;
  error?: string;
}
interface Upload {
  name: string;
  text: string;
  type: 'text/csv' | 'application/json';
}

const IMPORTS = '/api/report-intake/imports/kpi-values';

/** Sends the file as it is (CSV or JSON) to report-intake's import: a dry run, or the run itself (a job when large). */
async function send(upload: Upload, dryRun: boolean): Promise<{ summary?: Summary; job?: Job }> {
  const response = await fetch(`${IMPORTS}?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { 'content-type': upload.type, ...csrfHeaders() },
    body: upload.text,
  });
  const body = (await response.json().catch(() => ({}))) as Summary &
    Job & { message?: unknown; problems?: Array<{ path: string; message: string }> };
  if (!response.ok)
    throw new ApiError(
      response.status,
      body.problems?.map((p) => `${p.path}: ${p.message}`).join('; ') ||
        String(body.message ?? `HTTP ${response.status}`),
    );
  return response.status === 202 ? { job: body } : { summary: body };
}

function SummaryTable({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <>
      <DataTable
        caption={summary.dryRun ? t('import.previewCaption') : t('import.resultCaption')}
        rows={[summary]}
        rowKey={() => 'summary'}
        columns={[
          { header: t('import.imported'), cell: (s) => s.imported },
          { header: t('import.updated'), cell: (s) => s.updated },
          { header: t('import.unchanged'), cell: (s) => s.unchanged },
          { header: t('import.rejected'), cell: (s) => s.rejected.length },
        ]}
      />
      {summary.rejected.length > 0 && (
        <DataTable
          caption={t('import.rejectedCaption')}
          rows={summary.rejected}
          rowKey={(r) => r.line}
          columns={[
            { header: t('import.line'), rowHeader: true, cell: (r) => r.line },
            { header: t('import.reasons'), cell: (r) => r.reasons.join('; ') },
          ]}
        />
      )}
    </>
  );
}

function JobProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: ['import-job', jobId],
    queryFn: async () => (await getJson<Job>(`/api/report-intake/imports/jobs/${jobId}`)).body,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
  if (!job.data) return null;
  const { processedReports = 0, totalReports = 0, status } = job.data;
  return (
    <section aria-labelledby="job-heading">
      <h2 id="job-heading">{t('import.job')}</h2>
      <label htmlFor="job-progress">
        {t(`import.jobStatus.${status}`, { processed: processedReports, total: totalReports })}
      </label>
      <progress
        id="job-progress"
        max={Math.max(totalReports, 1)}
        value={status === 'completed' ? Math.max(totalReports, 1) : processedReports}
      />
      {job.data.error && <p role="alert">{job.data.error}</p>}
      {job.data.summary && <SummaryTable summary={job.data.summary} />}
    </section>
  );
}

export function Import() {
  const { t } = useTranslation();
  const [upload, setUpload] = useState<Upload>();
  const [preview, setPreview] = useState<{ summary?: Summary; job?: Job }>();
  const [result, setResult] = useState<{ summary?: Summary; job?: Job }>();
  const [message, setMessage] = useState<string>();
  const fail = (error: Error) => setMessage(error.message);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(undefined);
    setResult(undefined);
    setMessage(undefined);
    if (!file) return;
    const chosen: Upload = {
      name: file.name,
      text: await file.text(),
      type: file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv',
    };
    setUpload(chosen);
    // A large file's dry run is a job too: its summary arrives with the job's progress.
    send(chosen, true).then((answer) => {
      setPreview(answer);
      setMessage(t('import.previewReady', { name: chosen.name }));
    }, fail);
  };
  const run = () => {
    if (!upload) return;
    send(upload, false).then((answer) => {
      setResult(answer);
      setMessage(answer.job ? t('import.jobStarted') : t('import.done'));
    }, fail);
  };
  return (
    <>
      <h1>{t('import.heading')}</h1>
      <p>{t('import.help')}</p>
      <label htmlFor="import-file">{t('import.file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => void choose(e)}
      />
      <p role="status" aria-live="polite">
        {message}
      </p>
      {preview && !result && (
        <>
          {preview.summary && <SummaryTable summary={preview.summary} />}
          {preview.job && <JobProgress jobId={preview.job.jobId} />}
          <button type="button" className="primary" onClick={run}>
            {t('import.run')}
          </button>
        </>
      )}
      {result?.summary && <SummaryTable summary={result.summary} />}
      {result?.job && <JobProgress jobId={result.job.jobId} />}
    </>
  );
}
