// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FormTask from '../../../../renderer/features/citizen/interactions/form/FormTask';
import { formStep } from '../../../../renderer/features/citizen/interactions/form/schema';
import {
  fixedValue,
  parseFrenchDate,
  validateField,
} from '../../../../renderer/features/citizen/interactions/form/validate';
import { L, renderInteraction } from '../render';

const step = formStep.parse({
  type: 'form',
  prompt: L('Remplissez'),
  formTitle: L('Demande'),
  submitLabel: L('Envoyer'),
  fields: [
    {
      id: 'nom',
      label: L('Nom'),
      kind: 'name',
      answer: { accepted: ['Lefèvre'], tolerances: ['T1'] },
    },
    {
      id: 'naissance',
      label: L('Date de naissance'),
      kind: 'date',
      answer: { accepted: ['12/03/1985'], tolerances: ['T1'] },
    },
    {
      id: 'cp',
      label: L('Code postal'),
      kind: 'postcode',
      answer: { accepted: ['34000'], tolerances: ['T1'] },
    },
  ],
});

describe('form validation rules', () => {
  it('checks real calendar dates in JJ/MM/AAAA, not in the future', () => {
    expect(parseFrenchDate('29/02/2024')).not.toBeNull();
    expect(parseFrenchDate('29/02/2023')).toBeNull();
    expect(parseFrenchDate('1985-03-12')).toBeNull();
    expect(validateField('date', '12/03/2090', new Date('2026-01-01'))).toBe('dateFuture');
  });
  it('names what is really wrong with a date, a postcode, an e-mail or a phone number', () => {
    expect(validateField('date', '12/3/1985')).toBe('dateDigits');
    expect(fixedValue('dateDigits', '12/3/1985')).toBe('12/03/1985');
    expect(validateField('date', '12-03-1985')).toBe('dateSeparator');
    expect(fixedValue('dateSeparator', '12.03.1985')).toBe('12/03/1985');
    expect(validateField('date', '12/03/85')).toBe('dateYear');
    expect(validateField('date', '1985-03-12')).toBe('dateOrder');
    expect(fixedValue('dateOrder', '1985-03-12')).toBe('12/03/1985');
    expect(validateField('date', '31/02/1985')).toBe('dateNotReal');
    expect(validateField('date', '12/03/1850')).toBe('dateTooOld');
    expect(validateField('date', 'douze mars')).toBe('date');
    expect(validateField('postcode', '34 000')).toBe('postcodeSpaces');
    expect(validateField('email', 'elodie @exemple.fr')).toBe('emailSpaces');
    expect(validateField('phone', '06.12.34.56.78')).toBe('phoneSeparators');
    expect(fixedValue('phoneSeparators', '06.12.34.56.78')).toBe('06 12 34 56 78');
  });
  it('checks postcodes, names, e-mail and phone formats', () => {
    expect(validateField('postcode', '34000')).toBeNull();
    expect(validateField('postcode', '3400')).toBe('postcode');
    expect(validateField('name', 'Lefèvre-d’Arc')).toBeNull();
    expect(validateField('name', 'Lefèvre2')).toBe('name');
    expect(validateField('name', "Lefèvre-d'Arc")).toBeNull();
    expect(validateField('email', 'elodie@exemple.fr')).toBeNull();
    expect(validateField('email', 'elodie exemple.fr')).toBe('email');
    expect(validateField('phone', '06 12 34 56 78')).toBeNull();
    expect(validateField('text', '')).toBe('required');
  });
});

describe('form', () => {
  it('mouse: live messages appear after leaving a field and follow the typing', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(FormTask, step);
    await user.click(screen.getByLabelText('Code postal'));
    await user.keyboard('340');
    await user.click(screen.getByLabelText('Nom'));
    expect(screen.getByText('Le code postal compte 5 chiffres.')).toBeTruthy();
    expect(screen.getByLabelText('Code postal').getAttribute('aria-invalid')).toBe('true');
    await user.type(screen.getByLabelText('Code postal'), '00');
    expect(screen.queryByText('Le code postal compte 5 chiffres.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'invalid-fields' });
    expect(document.activeElement).toBe(screen.getByLabelText('Nom'));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
  });

  it('a well-formed but wrong value names its field', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(FormTask, step);
    await user.type(screen.getByLabelText('Nom'), 'Martin');
    await user.type(screen.getByLabelText('Date de naissance'), '12/03/1985');
    await user.type(screen.getByLabelText('Code postal'), '34000');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-nom' });
  });

  it('12/3/1985 is told the month needs 2 digits, not to use slashes', async () => {
    const user = userEvent.setup();
    renderInteraction(FormTask, step);
    await user.type(screen.getByLabelText('Date de naissance'), '12/3/1985');
    await user.click(screen.getByLabelText('Nom'));
    expect(
      screen.getByText('Le jour et le mois s’écrivent avec 2 chiffres : 12/03/1985.'),
    ).toBeTruthy();
    expect(screen.queryByText(/barres obliques/)).toBeNull();
  });

  it('keyboard: Tab from field to field, Enter sends', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(FormTask, step);
    await user.tab();
    await user.keyboard('lefevre');
    await user.tab();
    await user.keyboard('12/03/1985');
    await user.tab();
    await user.keyboard('34000{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});

describe('required fields', () => {
  it('marks required fields (a * and aria-required) and says what * means; optional ones are not', () => {
    const withOptional = formStep.parse({
      ...step,
      fields: [
        ...step.fields,
        {
          id: 'tel',
          label: L('Téléphone'),
          kind: 'phone',
          required: false,
          answer: { accepted: ['0612345678'], tolerances: ['T1'] },
        },
      ],
    });
    renderInteraction(FormTask, withOptional);
    expect(screen.getByText('Les cases marquées d’une étoile * sont obligatoires.')).toBeTruthy();
    const nom = screen.getByLabelText('Nom');
    expect(nom.getAttribute('aria-required')).toBe('true');
    // The * itself is drawn by the stylesheet (checked in the browser e2e).
    expect(nom.closest('.ia-form__field')?.querySelector('label[data-required]')).toBeTruthy();
    const tel = screen.getByLabelText('Téléphone');
    expect(tel.getAttribute('aria-required')).toBeNull();
    expect(tel.closest('.ia-form__field')?.querySelector('label[data-required]')).toBeNull();
  });
});
