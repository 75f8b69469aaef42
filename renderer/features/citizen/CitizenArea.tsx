import { useKiosk } from '../../app/KioskContext';

/** Entry of the citizens' area (parcours and exercises). */
export default function CitizenArea() {
  const { resetToAttract } = useKiosk();
  return (
    <main className="screen screen--centered">
      <h1>Parcours</h1>
      <button type="button" className="button" onClick={resetToAttract}>Accueil</button>
    </main>
  );
}
