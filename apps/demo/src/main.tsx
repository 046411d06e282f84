import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { backendKindFrom } from './backend/backendKind'
import { createDemoBackend } from './backend/createDemoBackend'
import './styles/layers.css'
import '@profile-kit/ui/styles.css'
import './styles/demo.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html needs a <div id="root"> for the demo to render into.')

createRoot(root).render(
  <StrictMode>
    <App backend={createDemoBackend(backendKindFrom(window.location.search))} />
  </StrictMode>,
)
