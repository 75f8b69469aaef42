import type { InteractionProps } from '../types';
import { ComposeMail } from './ComposeMail';
import { InspectMail } from './InspectMail';
import type { WebmailStep } from './schema';

/** The webmail simulator: inspect a message (reveal, report) or write one (compose). */
export default function Webmail(props: InteractionProps<WebmailStep>) {
  return props.step.mode === 'compose' ? <ComposeMail {...props} /> : <InspectMail {...props} />;
}
