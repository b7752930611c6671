import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The api module reads (and hides) the web host's launch token on import, before the first render.
import './api';
import { App } from './app/App';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
