import { useKiosk } from '../../app/KioskContext';

/** Entry of the agents' area (PIN, quick log, journal, statistics, admin). */
export default function AgentArea() {
  const { resetToAttract } = useKiosk();
  return (
    <main className="screen screen--centered">
      <h1>Espace agent</h1>
      <button type="button" className="button" onClick={resetToAttract}>Accueil</button>
    </main>
  );
}
