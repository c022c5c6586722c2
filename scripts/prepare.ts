/** npm run dev runs this first: validate the banks, migrate and sync the database, as npm start does. */
import { prepareOrExit } from './prepare-or-exit';

prepareOrExit(process.cwd());
